export { isMember, requireMember, requireOwner, requireVerified, requireVerifiedMember, seesAll } from './access.policy';
