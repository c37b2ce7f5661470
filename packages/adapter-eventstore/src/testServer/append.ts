import { status, type sendUnaryData, type ServerDuplexStream, type ServerReadableStream } from '@grpc/grpc-js'
import type * as StreamsPb from '@eventstore/db-client/generated/streams_pb.js'
import type { AppendOutcome, MemoryLog, ProposedEvent, WireExpected } from './memoryLog.js'
import type { Protocol } from './protocol.js'
import { invalidArgument, maximumAppendSizeExceeded, streamDeleted } from './serverErrors.js'
import { expectedOf, proposedEventOf, streamIdentifier, streamNameOf, uuidOf } from './wire.js'

/** What the append handlers need from the server around them. */
export interface AppendContext {
  readonly protocol: Protocol
  readonly log: MemoryLog
  readonly clock: () => Date
  /** Bytes of data and metadata one append may carry (a real server's default is 1 MiB). */
  readonly maxAppendSize: number
  /** The injected latency: each batch of a BatchAppend stream waits this long too, not only the call's start. */
  readonly latencyMs: () => number
  /** Whether a batch is written at once and only its answer waits (the server dying in between loses the answer only). */
  readonly answerLate: () => boolean
}

const sizeOf = (events: ReadonlyArray<ProposedEvent>): number =>
  events.reduce((sum, event) => sum + event.data.length + event.metadata.length, 0)

const applyAppend = (context: AppendContext, stream: string, expected: WireExpected, events: ReadonlyArray<ProposedEvent>) =>
  sizeOf(events) > context.maxAppendSize ? ('tooLarge' as const) : context.log.append(stream, expected, events, context.clock())

/** Streams.Append: a client stream of one options message, then the events. */
export const handleAppend = (
  context: AppendContext,
  call: ServerReadableStream<StreamsPb.AppendReq, StreamsPb.AppendResp>,
  callback: sendUnaryData<StreamsPb.AppendResp>,
): void => {
  const { protocol } = context
  let options: StreamsPb.AppendReq.Options | undefined
  const events: ProposedEvent[] = []
  call.on('data', (request: StreamsPb.AppendReq) => {
    if (request.hasOptions()) options = request.getOptions()
    const proposed = request.getProposedMessage()
    if (proposed !== undefined) events.push(proposedEventOf(proposed))
  })
  call.on('error', () => undefined)
  call.on('end', () => {
    if (options === undefined) return callback(invalidArgument('an append without options'))
    const stream = streamNameOf(options.getStreamIdentifier())
    const current = options
    const expected = expectedOf(options, () => (current.hasRevision() ? current.getRevision() : undefined))
    const outcome = applyAppend(context, stream, expected, events)
    if (outcome === 'tooLarge') return callback(maximumAppendSizeExceeded(context.maxAppendSize))
    if (outcome._tag === 'StreamDeleted') return callback(streamDeleted(stream))
    const response = new protocol.streams.AppendResp()
    if (outcome._tag === 'WrongExpectedVersion') {
      const wrong = new protocol.streams.AppendResp.WrongExpectedVersion()
      if (outcome.current === undefined) wrong.setCurrentNoStream(new protocol.shared.Empty())
      else wrong.setCurrentRevision(outcome.current.toString())
      if (expected.kind === 'any') wrong.setExpectedAny(new protocol.shared.Empty())
      else if (expected.kind === 'noStream') wrong.setExpectedNoStream(new protocol.shared.Empty())
      else if (expected.kind === 'exists') wrong.setExpectedStreamExists(new protocol.shared.Empty())
      else wrong.setExpectedRevision(expected.revision.toString())
      return callback(null, response.setWrongExpectedVersion(wrong))
    }
    const success = new protocol.streams.AppendResp.Success().setCurrentRevision(outcome.lastRevision.toString())
    if (outcome._tag === 'Written') {
      const position = new protocol.streams.AppendResp.Position()
      position.setCommitPosition(outcome.position.toString())
      position.setPreparePosition(outcome.position.toString())
      success.setPosition(position)
    } else {
      success.setNoPosition(new protocol.shared.Empty())
    }
    return callback(null, response.setSuccess(success))
  })
}

interface PendingBatch {
  readonly options: StreamsPb.BatchAppendReq.Options | undefined
  readonly events: ProposedEvent[]
  /** When its first request arrived: a deadline sent as a duration counts from here. */
  readonly receivedAt: Date
}

/** A google.protobuf.Timestamp or Duration, as either package's generated code gives it. */
interface WireTime {
  getSeconds(): number
  getNanos(): number
  toDate?: () => Date
}

/**
 * When a batch must be done by. The batch options carry it under three
 * shapes: @eventstore/db-client sends a Timestamp as `deadline` (field 6);
 * in @kurrent/kurrentdb-client's protocol field 6 is renamed
 * `deadline_21_10_0` (the client sets it with `setDeadline21100`) and a new
 * `deadline` (field 7) is a Duration from receipt, which a real server also
 * honours. The server reads the options with the generated code of the
 * client under test, so it asks for all of them.
 */
const batchDeadline = (options: StreamsPb.BatchAppendReq.Options | undefined, receivedAt: Date): Date | undefined => {
  if (options === undefined) return undefined
  const fields = options as unknown as { getDeadline21100?: () => WireTime | undefined; getDeadline: () => WireTime | undefined }
  const timestamp = fields.getDeadline21100?.()
  if (timestamp?.toDate !== undefined) return timestamp.toDate()
  const deadline = fields.getDeadline()
  if (deadline === undefined) return undefined
  if (deadline.toDate !== undefined) return deadline.toDate()
  return new Date(receivedAt.getTime() + deadline.getSeconds() * 1_000 + Math.floor(deadline.getNanos() / 1_000_000))
}

/** Streams.BatchAppend: a two-way stream of appends told apart by correlation id, each possibly split over several requests. */
export const handleBatchAppend = (
  context: AppendContext,
  call: ServerDuplexStream<StreamsPb.BatchAppendReq, StreamsPb.BatchAppendResp>,
): void => {
  const { protocol } = context
  const pending = new Map<string, PendingBatch>()
  call.on('data', (request: StreamsPb.BatchAppendReq) => {
    const correlation = uuidOf(request.getCorrelationId())
    const batch = pending.get(correlation) ?? { options: request.getOptions(), events: [], receivedAt: context.clock() }
    pending.set(correlation, batch)
    for (const message of request.getProposedMessagesList()) batch.events.push(proposedEventOf(message))
    if (!request.getIsFinal()) return
    pending.delete(correlation)
    const latency = context.latencyMs()
    if (latency <= 0) {
      call.write(batchResponse(context, request, batch))
      return
    }
    // The clients keep one BatchAppend call open for all appends: a slow server is slow per batch.
    if (context.answerLate()) {
      const response = batchResponse(context, request, batch)
      setTimeout(() => {
        if (!call.cancelled) call.write(response)
      }, latency)
      return
    }
    setTimeout(() => {
      if (!call.cancelled) call.write(batchResponse(context, request, batch))
    }, latency)
  })
  call.on('error', () => undefined)
  call.on('end', () => call.end())
  void protocol
}

const batchResponse = (context: AppendContext, request: StreamsPb.BatchAppendReq, batch: PendingBatch): StreamsPb.BatchAppendResp => {
  const { protocol } = context
  const options = batch.options
  const stream = streamNameOf(options?.getStreamIdentifier())
  const expected: WireExpected =
    options === undefined ? { kind: 'any' } : expectedOf(options, () => (options.hasStreamPosition() ? options.getStreamPosition() : undefined))
  const response = new protocol.streams.BatchAppendResp()
  response.setCorrelationId(request.getCorrelationId())
  response.setStreamIdentifier(streamIdentifier(protocol, stream))
  const empty = () => new protocol.shared.Empty()
  if (expected.kind === 'any') response.setAny(empty())
  else if (expected.kind === 'noStream') response.setNoStream(empty())
  else if (expected.kind === 'exists') response.setStreamExists(empty())
  else response.setStreamPosition(expected.revision.toString())

  const deadline = batchDeadline(options, batch.receivedAt)
  if (deadline !== undefined && deadline.getTime() < context.clock().getTime()) {
    return response.setError(errorStatus(context, status.DEADLINE_EXCEEDED, 'Timeout', new protocol.shared.Timeout()))
  }
  const outcome = applyAppend(context, stream, expected, batch.events)
  if (outcome === 'tooLarge') {
    const detail = new protocol.shared.MaximumAppendSizeExceeded().setMaxappendsize(context.maxAppendSize)
    return response.setError(errorStatus(context, status.INVALID_ARGUMENT, 'MaximumAppendSizeExceeded', detail))
  }
  return fillOutcome(context, response, stream, expected, outcome)
}

const fillOutcome = (
  context: AppendContext,
  response: StreamsPb.BatchAppendResp,
  stream: string,
  expected: WireExpected,
  outcome: AppendOutcome,
): StreamsPb.BatchAppendResp => {
  const { protocol } = context
  const empty = () => new protocol.shared.Empty()
  switch (outcome._tag) {
    case 'StreamDeleted': {
      const detail = new protocol.shared.StreamDeleted().setStreamIdentifier(streamIdentifier(protocol, stream))
      return response.setError(errorStatus(context, status.FAILED_PRECONDITION, 'StreamDeleted', detail))
    }
    case 'WrongExpectedVersion': {
      const detail = new protocol.shared.WrongExpectedVersion()
      if (outcome.current === undefined) detail.setCurrentNoStream(empty())
      else detail.setCurrentStreamRevision(outcome.current.toString())
      if (expected.kind === 'any') detail.setExpectedAny(empty())
      else if (expected.kind === 'noStream') detail.setExpectedNoStream(empty())
      else if (expected.kind === 'exists') detail.setExpectedStreamExists(empty())
      else detail.setExpectedStreamPosition(expected.revision.toString())
      return response.setError(errorStatus(context, status.FAILED_PRECONDITION, 'WrongExpectedVersion', detail))
    }
    case 'Written':
    case 'Idempotent': {
      const success = new protocol.streams.BatchAppendResp.Success().setCurrentRevision(outcome.lastRevision.toString())
      if (outcome._tag === 'Written') {
        const position = new protocol.shared.AllStreamPosition()
        position.setCommitPosition(outcome.position.toString())
        position.setPreparePosition(outcome.position.toString())
        success.setPosition(position)
      } else {
        success.setNoPosition(empty())
      }
      return response.setSuccess(success)
    }
  }
}

/** A google.rpc.Status whose details carry `detail` packed as `event_store.client.<name>`. */
const errorStatus = (
  context: AppendContext,
  code: status,
  name: string,
  detail: { serializeBinary: () => Uint8Array },
) => {
  const any = new context.protocol.Any()
  any.pack(detail.serializeBinary(), `event_store.client.${name}`)
  const result = new context.protocol.status.Status()
  result.setCode(code as number)
  result.setMessage(name)
  result.setDetails(any as never)
  return result
}
