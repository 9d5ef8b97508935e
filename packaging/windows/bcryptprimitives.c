/*
 * bcryptprimitives.dll for the Windows test under wine (scripts/test-windows);
 * never shipped. Go 1.24 and later read random bytes at start-up through
 * ProcessPrng from bcryptprimitives.dll, which Windows 10 and 11 have and
 * Debian's wine 8 lacks: without it atlas.exe stops with "bcryptprimitives.dll
 * not found". This DLL provides ProcessPrng on top of RtlGenRandom
 * (advapi32's SystemFunction036), which wine implements. Go loads system DLLs
 * only from system32, so the test places the DLL in the wine prefix's
 * system32. Build:
 *
 *   x86_64-w64-mingw32-gcc -shared -O2 -s -o bcryptprimitives.dll \
 *       bcryptprimitives.c -ladvapi32
 */
#include <windows.h>

/* RtlGenRandom's real name; advapi32 exports it only under this one. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

/*
 * ProcessPrng fills data with len random bytes. Windows documents it as
 * always succeeding; this one returns FALSE if RtlGenRandom fails, which Go
 * treats as fatal, so a broken generator cannot pass unnoticed. Requests
 * larger than a ULONG are served in pieces.
 */
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	while (len > 0) {
		ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		len -= n;
	}
	return TRUE;
}
