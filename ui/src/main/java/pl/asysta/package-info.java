/** Asysta: the coordination portal for family-support work around the family assistant (asystent rodziny). */
package pl.asysta;
