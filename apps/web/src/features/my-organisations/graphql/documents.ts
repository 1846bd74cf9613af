import { graphql } from '../../../gql';

export const MyOrganisationsDocument = graphql(`
  query MyOrganisations {
    myOrganisations {
      id
      name
      verified
      myRole
      members {
        userId
        name
        email
        role
        since
      }
      invitations {
        id
        email
        role
        expiresAt
      }
      ownFigures {
        needsOpen
        needsFilled
        offersOpen
        contactRequestsSent
        contactRequestsReceived
        contactsAccepted
        bookingsUpcoming
        bookingsAttended
        bookingsMissed
      }
    }
  }
`);

export const InviteMemberDocument = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input)
  }
`);

export const RemoveMemberDocument = graphql(`
  mutation RemoveMember($organisationId: ID!, $userId: ID!) {
    removeMember(organisationId: $organisationId, userId: $userId)
  }
`);

export const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token)
  }
`);

export const SignUpWithInvitationDocument = graphql(`
  mutation SignUpWithInvitation($input: SignUpWithInvitationInput!) {
    signUpWithInvitation(input: $input)
  }
`);
