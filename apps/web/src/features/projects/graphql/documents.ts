import { graphql } from '../../../gql';

export const ProjectWorkspaceDocument = graphql(`
  query ProjectWorkspace($slug: String!) {
    project(slug: $slug) {
      id
      slug
      title
      description
      goal
      status
      approval
      startsOn
      endsOn
      regions
      openForParticipants
      progress
      viewerIsLead
      milestonePunctuality {
        onTime
        late
        open
      }
      topicField {
        key
        title
      }
      participants {
        role
        organisation {
          id
          name
          verified
        }
      }
      milestones {
        id
        title
        dueOn
        originalDueOn
        doneAt
        done
        overdue
        ...MilestoneOriginFields
      }
      updates {
        id
        text
        createdAt
      }
      history {
        at
        action
        summary
        organisation {
          id
          name
        }
      }
      applications {
        id
        role
        note
        status
        decisionReason
        createdAt
        boardSkills
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const ApplyToProjectDocument = graphql(`
  mutation ApplyToProject($input: ApplyToProjectInput!) {
    applyToProject(input: $input) {
      id
      status
    }
  }
`);

export const DecideProjectApplicationDocument = graphql(`
  mutation DecideProjectApplication($id: ID!, $accept: Boolean!, $reason: String) {
    decideProjectApplication(id: $id, accept: $accept, reason: $reason) {
      id
      status
    }
  }
`);

export const AddMilestoneDocument = graphql(`
  mutation AddMilestone($projectId: ID!, $title: String!, $dueOn: Date!) {
    addMilestone(projectId: $projectId, title: $title, dueOn: $dueOn) {
      id
    }
  }
`);

export const CompleteMilestoneDocument = graphql(`
  mutation CompleteMilestone($milestoneId: ID!) {
    completeMilestone(milestoneId: $milestoneId) {
      id
    }
  }
`);

export const MoveMilestoneDocument = graphql(`
  mutation MoveMilestone($milestoneId: ID!, $dueOn: Date!, $reason: String!) {
    moveMilestone(milestoneId: $milestoneId, dueOn: $dueOn, reason: $reason) {
      id
    }
  }
`);

export const UpdateProjectStatusDocument = graphql(`
  mutation UpdateProjectStatus($id: ID!, $status: ProjectStatus!) {
    updateProject(id: $id, input: { status: $status }) {
      id
    }
  }
`);

export const PostProjectUpdateDocument = graphql(`
  mutation PostProjectUpdate($projectId: ID!, $text: String!) {
    postProjectUpdate(projectId: $projectId, text: $text) {
      id
    }
  }
`);

export const HandOverProjectLeadDocument = graphql(`
  mutation HandOverProjectLead($projectId: ID!, $organisationId: ID!) {
    handOverProjectLead(projectId: $projectId, organisationId: $organisationId) {
      id
    }
  }
`);

export const LeaveProjectDocument = graphql(`
  mutation LeaveProject($projectId: ID!, $organisationId: ID!) {
    leaveProject(projectId: $projectId, organisationId: $organisationId) {
      id
    }
  }
`);

export const WithdrawProjectApplicationDocument = graphql(`
  mutation WithdrawProjectApplication($id: ID!) {
    withdrawProjectApplication(id: $id) {
      id
      status
    }
  }
`);

export const ProposeProjectDocument = graphql(`
  mutation ProposeProject($input: ProposeProjectInput!) {
    proposeProject(input: $input) {
      id
      slug
      title
      approval
    }
  }
`);
