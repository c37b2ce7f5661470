import { Metadata, status, type ServerErrorResponse } from '@grpc/grpc-js'

// Errors as a real server sends them on unary and streaming calls: a gRPC
// status plus an `exception` trailer that the clients turn into their typed
// errors.

const withTrailers = (code: status, details: string, trailers: Record<string, string>): ServerErrorResponse => {
  const metadata = new Metadata()
  for (const [key, value] of Object.entries(trailers)) metadata.set(key, value)
  return Object.assign(new Error(details), { code, details, metadata })
}

export const streamDeleted = (stream: string): ServerErrorResponse =>
  withTrailers(status.FAILED_PRECONDITION, `Event stream '${stream}' is deleted.`, {
    exception: 'stream-deleted',
    'stream-name': stream,
  })

export const maximumAppendSizeExceeded = (maximum: number): ServerErrorResponse =>
  withTrailers(status.INVALID_ARGUMENT, `Maximum Append Size of ${maximum} Exceeded.`, {
    exception: 'maximum-append-size-exceeded',
    'maximum-append-size': String(maximum),
  })

export const unimplemented = (what: string): ServerErrorResponse =>
  withTrailers(status.UNIMPLEMENTED, `the test server does not implement ${what}`, {})

export const invalidArgument = (what: string): ServerErrorResponse =>
  withTrailers(status.INVALID_ARGUMENT, what, {})
