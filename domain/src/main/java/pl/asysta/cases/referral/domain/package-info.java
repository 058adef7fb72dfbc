/** A referral of a family case to another institution: its question, deadline, reply and answer. */
package pl.asysta.cases.referral.domain;
