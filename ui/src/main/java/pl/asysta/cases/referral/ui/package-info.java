/**
 * The referrals' screens: the case page's section of referrals with the dialog that refers the case, the inbox
 * of the institution referred to with its replies, and the deadlines the case team keeps an eye on.
 */
package pl.asysta.cases.referral.ui;
