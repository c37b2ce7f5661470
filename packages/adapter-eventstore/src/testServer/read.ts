import type { ServerWritableStream } from '@grpc/grpc-js'
import type * as StreamsPb from '@eventstore/db-client/generated/streams_pb.js'
import type { MemoryLog, StoredEvent } from './memoryLog.js'
import type { Protocol } from './protocol.js'
import { streamDeleted, unimplemented } from './serverErrors.js'
import { readResponseOf, streamIdentifier, streamNameOf } from './wire.js'

type ReadCall = ServerWritableStream<StreamsPb.ReadReq, StreamsPb.ReadResp>
type Options = StreamsPb.ReadReq.Options

/** What the Read handler needs from the server around it. */
export interface ReadContext {
  readonly protocol: Protocol
  readonly log: MemoryLog
  /** Whether to send `CaughtUp` when a subscription turns live (servers since 23.10 do). */
  readonly sendCaughtUp: boolean
}

/** Writes one message, waiting for the client to drain the buffer when it is full. */
const send = async (call: ReadCall, message: StreamsPb.ReadResp): Promise<void> => {
  if (call.write(message)) return
  await new Promise<void>((resolve) => {
    const done = (): void => {
      call.off('drain', done)
      call.off('cancelled', done)
      resolve()
    }
    call.on('drain', done)
    call.on('cancelled', done)
  })
}

/** The server-side filter of a read or subscription: a regex or prefixes, on stream names or event types. */
const filterOf = (options: Options): ((event: StoredEvent) => boolean) => {
  if (!options.hasFilter()) return () => true
  const filter = options.getFilter()
  const onStream = filter?.hasStreamIdentifier() === true
  const expression = onStream ? filter?.getStreamIdentifier() : filter?.getEventType()
  const regex = expression?.getRegex() ?? ''
  const prefixes = expression?.getPrefixList() ?? []
  const pattern = regex === '' ? undefined : new RegExp(regex)
  return (event) => {
    const subject = onStream ? event.stream : event.type
    if (pattern !== undefined && !pattern.test(subject)) return false
    return prefixes.length === 0 || prefixes.some((prefix) => subject.startsWith(prefix))
  }
}

const structuredIds = (options: Options): boolean => options.getUuidOption()?.hasStructured() === true

/** Index of the first event in `all` whose position is >= `position` (binary search: positions increase). */
const firstAtOrAfter = (all: ReadonlyArray<StoredEvent>, position: bigint): number => {
  let low = 0
  let high = all.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if ((all[mid]?.position ?? 0n) < position) low = mid + 1
    else high = mid
  }
  return low
}

const readStream = async (context: ReadContext, call: ReadCall, options: Options): Promise<void> => {
  const { protocol, log } = context
  const streamOptions = options.getStream()
  const stream = streamNameOf(streamOptions?.getStreamIdentifier())
  const visible = log.visible(stream)
  if (visible === 'deleted') {
    call.emit('error', streamDeleted(stream))
    return
  }
  if (visible === undefined) {
    const notFound = new protocol.streams.ReadResp.StreamNotFound().setStreamIdentifier(streamIdentifier(protocol, stream))
    await send(call, new protocol.streams.ReadResp().setStreamNotFound(notFound))
    call.end()
    return
  }
  const backwards = options.getReadDirection() === protocol.streams.ReadReq.Options.ReadDirection.BACKWARDS
  const count = BigInt(options.getCount() || '0')
  const first = visible[0]?.revision ?? 0n
  const from = streamOptions?.hasRevision()
    ? BigInt(streamOptions.getRevision())
    : streamOptions?.hasEnd()
      ? (visible[visible.length - 1]?.revision ?? 0n) + (backwards ? 0n : 1n)
      : backwards
        ? (visible[visible.length - 1]?.revision ?? 0n)
        : first
  const structured = structuredIds(options)
  let sent = 0n
  if (backwards) {
    for (let i = Number(from - first); i >= 0 && sent < count && !call.cancelled; i -= 1) {
      const event = visible[i]
      if (event === undefined) continue
      await send(call, readResponseOf(protocol, event, structured))
      sent += 1n
    }
  } else {
    for (let i = Math.max(0, Number(from - first)); i < visible.length && sent < count && !call.cancelled; i += 1) {
      const event = visible[i]
      if (event === undefined) continue
      await send(call, readResponseOf(protocol, event, structured))
      sent += 1n
    }
  }
  call.end()
}

const readAll = async (context: ReadContext, call: ReadCall, options: Options): Promise<void> => {
  const { protocol, log } = context
  const allOptions = options.getAll()
  const backwards = options.getReadDirection() === protocol.streams.ReadReq.Options.ReadDirection.BACKWARDS
  const count = BigInt(options.getCount() || '0')
  const keep = filterOf(options)
  const structured = structuredIds(options)
  const all = log.all
  const position = allOptions?.hasPosition() ? BigInt(allOptions.getPosition()?.getCommitPosition() ?? '0') : undefined
  let sent = 0n
  if (backwards) {
    // Backwards from a position: the events strictly before it.
    let i = allOptions?.hasStart() ? -1 : position === undefined ? all.length - 1 : firstAtOrAfter(all, position) - 1
    for (; i >= 0 && sent < count && !call.cancelled; i -= 1) {
      const event = all[i]
      if (event === undefined || !keep(event)) continue
      await send(call, readResponseOf(protocol, event, structured))
      sent += 1n
    }
  } else {
    // Forwards from a position: the event at it, then the ones after.
    let i = allOptions?.hasEnd() ? all.length : position === undefined ? 0 : firstAtOrAfter(all, position)
    for (; i < all.length && sent < count && !call.cancelled; i += 1) {
      const event = all[i]
      if (event === undefined || !keep(event)) continue
      await send(call, readResponseOf(protocol, event, structured))
      sent += 1n
    }
  }
  call.end()
}

/** Scanned events between two checkpoints of a filtered subscription, per unit of the client's multiplier. */
const CHECKPOINT_WINDOW = 32

const subscribeToAll = async (context: ReadContext, call: ReadCall, options: Options): Promise<void> => {
  const { protocol, log } = context
  const allOptions = options.getAll()
  const keep = filterOf(options)
  const filtered = options.hasFilter()
  const checkpointEvery = CHECKPOINT_WINDOW * Math.max(1, options.getFilter()?.getCheckpointintervalmultiplier() ?? 1)
  const structured = structuredIds(options)
  const confirmation = new protocol.streams.ReadResp.SubscriptionConfirmation().setSubscriptionId(crypto.randomUUID())
  await send(call, new protocol.streams.ReadResp().setConfirmation(confirmation))

  // Subscriptions start strictly after the given position.
  const position = allOptions?.hasPosition() ? BigInt(allOptions.getPosition()?.getCommitPosition() ?? '0') : undefined
  let next = allOptions?.hasEnd() ? log.all.length : position === undefined ? 0 : firstAtOrAfter(log.all, position + 1n)
  let wake: (() => void) | undefined
  const stopListening = log.onWrite(() => wake?.())
  call.on('cancelled', () => wake?.())
  let caughtUp = false
  let scanned = 0
  try {
    while (!call.cancelled) {
      const event = log.all[next]
      if (event !== undefined) {
        next += 1
        scanned += 1
        if (keep(event)) await send(call, readResponseOf(protocol, event, structured))
        else if (filtered && scanned % checkpointEvery === 0) await send(call, checkpointAt(context, event.position))
        continue
      }
      if (!caughtUp) {
        caughtUp = true
        if (filtered) await send(call, checkpointAt(context, log.all[next - 1]?.position ?? 0n))
        if (context.sendCaughtUp) await send(call, new protocol.streams.ReadResp().setCaughtUp(new protocol.streams.ReadResp.CaughtUp()))
      }
      await new Promise<void>((resolve) => {
        wake = resolve
        if (log.all[next] !== undefined || call.cancelled) resolve()
      })
      wake = undefined
    }
  } finally {
    stopListening()
  }
}

const checkpointAt = (context: ReadContext, position: bigint): StreamsPb.ReadResp => {
  const checkpoint = new context.protocol.streams.ReadResp.Checkpoint()
  checkpoint.setCommitPosition(position.toString())
  checkpoint.setPreparePosition(position.toString())
  return new context.protocol.streams.ReadResp().setCheckpoint(checkpoint)
}

/** The Streams.Read handler: stream reads, `$all` reads, and `$all` subscriptions. */
export const handleRead = async (context: ReadContext, call: ReadCall): Promise<void> => {
  const options = call.request.getOptions()
  if (options === undefined) {
    call.emit('error', unimplemented('a read without options'))
    return
  }
  if (options.hasSubscription()) {
    if (options.hasAll()) return subscribeToAll(context, call, options)
    call.emit('error', unimplemented('subscriptions to a single stream'))
    return
  }
  return options.hasAll() ? readAll(context, call, options) : readStream(context, call, options)
}
