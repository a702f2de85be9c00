import type { ContactData } from "@/lib/validation/contact";

/**
 * The scalar columns written for a validated contact, other than those the service decides
 * (isPrimary, by the primary-contact rule, and ownerId).
 */
export function contactColumns(data: ContactData) {
  return {
    firstName: data.firstName,
    lastName: data.lastName,
    email: data.email,
    phone: data.phone,
    mobile: data.mobile,
    title: data.title,
    department: data.department,
    companyId: data.companyId,
    role: data.role,
    emailStatus: data.emailStatus,
    smsStatus: data.smsStatus,
  };
}
