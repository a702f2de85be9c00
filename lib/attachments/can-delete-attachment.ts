import type { Role } from "@/lib/enums";
import { canEdit } from "@/lib/permissions";

/**
 * Whether a user may delete an attachment: the user who uploaded it, or anyone who may edit the
 * record it is attached to (its owner, managers and admins; see canEdit). The service enforces
 * this; the attachments panel uses it to show the Delete button.
 */
export function canDeleteAttachment(
  user: { id: string; role: Role },
  attachment: { uploadedById: string | null },
  record: { ownerId: string | null },
): boolean {
  return attachment.uploadedById === user.id || canEdit(user, record);
}
