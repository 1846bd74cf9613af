export { SkillCategory } from './common/enums';
export { MatchmakingModule } from './matchmaking.module';
export { Skill } from './skills/skill.model';
export { MatchmakingLoaders } from './matchmaking.loaders';
