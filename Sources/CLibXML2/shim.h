#ifndef TICKETTY_CLIBXML2_SHIM_H
#define TICKETTY_CLIBXML2_SHIM_H
/* Debian builds libxml2 with ICU, so encoding.h pulls in the system's <unicode/*.h>. Foundation
   carries its own copy of ICU's headers, and a module that sees both (any debug-built module
   above HTMLText, since testing builds load internal imports too) fails with "UErrorCode has
   different definitions". ICU only adds converter fields at the end of
   xmlCharEncodingHandler, which ticketty reaches through pointers alone, so hiding it is safe. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/parser.h>
#include <libxml/encoding.h>
#include <libxml/parserInternals.h>

/* libxml2's generic error callback is variadic, which Swift cannot implement. This no-op stands
   in for it so that nothing the library says about broken markup ever reaches the terminal. */
static void ticketty_xml_discard_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

/* The generic error handler is per thread in libxml2, so each parsing thread installs it. */
static inline void ticketty_xml_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, ticketty_xml_discard_error);
}
#endif
