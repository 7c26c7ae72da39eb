import { graphql } from '../gql';
import type { ActionItemFieldsFragment } from '../gql/graphql';

/**
 * What every view of an action reads: enough to show its row, its
 * warnings and its insight, and to open it in the action form.
 */
export const actionItemFields = graphql(`
  fragment ActionItemFields on ActionItem {
    id
    version
    createdByID
    updatedAt
    title
    description
    rationale
    expectedEffect
    verification
    interimMitigation
    acceptedWarnings
    warningsAcceptedReason
    priority
    size
    dueAt
    status
    statusReason
    completedAt
    trackerURL
    overdue
    owner {
      id
      name
    }
    team {
      id
      name
    }
    insight {
      id
      statement
      incidentID
    }
    warnings {
      kind
      message
      accepted
    }
  }
`);

export type ActionItemFields = ActionItemFieldsFragment;

/** The update every action view uses; it answers with the fields again, so lists refresh. */
export const updateActionItemMutation = graphql(`
  mutation UpdateActionItem($id: ID!, $version: Int!, $input: UpdateActionItemInput!) {
    updateActionItem(id: $id, version: $version, input: $input) {
      ...ActionItemFields
    }
  }
`);

export const createActionItemMutation = graphql(`
  mutation CreateActionItem($input: CreateActionItemInput!) {
    createActionItem(input: $input) {
      ...ActionItemFields
    }
  }
`);
