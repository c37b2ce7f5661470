// Conversions between the generated protobuf messages and the test server's
// own records. Nothing here touches storage.
import type * as SharedPb from '@eventstore/db-client/generated/shared_pb.js'
import type * as StreamsPb from '@eventstore/db-client/generated/streams_pb.js'
import type { ProposedEvent, StoredEvent, WireExpected } from './memoryLog.js'
import type { Protocol } from './protocol.js'

const utf8 = new TextDecoder()

export const streamNameOf = (identifier: SharedPb.StreamIdentifier | undefined): string =>
  identifier === undefined ? '' : utf8.decode(identifier.getStreamName_asU8())

export const streamIdentifier = (protocol: Protocol, stream: string): SharedPb.StreamIdentifier =>
  new protocol.shared.StreamIdentifier().setStreamName(Buffer.from(stream, 'utf8'))

/** A uuid as text, whichever of its two wire forms it came in. */
export const uuidOf = (uuid: SharedPb.UUID | undefined): string => {
  if (uuid === undefined) return ''
  if (!uuid.hasStructured()) return uuid.getString()
  const structured = uuid.getStructured()
  const hex =
    BigInt.asUintN(64, BigInt(structured?.getMostSignificantBits() ?? '0')).toString(16).padStart(16, '0') +
    BigInt.asUintN(64, BigInt(structured?.getLeastSignificantBits() ?? '0')).toString(16).padStart(16, '0')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** A uuid in the form the reader asked for. */
export const uuidMessage = (protocol: Protocol, id: string, structured: boolean): SharedPb.UUID => {
  const uuid = new protocol.shared.UUID()
  if (!structured) return uuid.setString(id)
  const hex = id.replace(/-/g, '')
  const bits = new protocol.shared.UUID.Structured()
  bits.setMostSignificantBits(BigInt.asIntN(64, BigInt(`0x${hex.slice(0, 16)}`)).toString())
  bits.setLeastSignificantBits(BigInt.asIntN(64, BigInt(`0x${hex.slice(16)}`)).toString())
  return uuid.setStructured(bits)
}

type ProposedMessage = StreamsPb.AppendReq.ProposedMessage | StreamsPb.BatchAppendReq.ProposedMessage

export const proposedEventOf = (message: ProposedMessage): ProposedEvent => {
  const metadata = message.getMetadataMap()
  return {
    id: uuidOf(message.getId()),
    type: metadata.get('type') ?? '',
    contentType: metadata.get('content-type') ?? 'application/octet-stream',
    data: message.getData_asU8(),
    metadata: message.getCustomMetadata_asU8(),
  }
}

type ExpectedCarrier = {
  hasAny(): boolean
  hasNoStream(): boolean
  hasStreamExists(): boolean
}

/** The expected state of an append, delete or tombstone request's options. */
export const expectedOf = (options: ExpectedCarrier, revision: () => string | undefined): WireExpected => {
  if (options.hasAny()) return { kind: 'any' }
  if (options.hasNoStream()) return { kind: 'noStream' }
  if (options.hasStreamExists()) return { kind: 'exists' }
  const exact = revision()
  return exact === undefined ? { kind: 'any' } : { kind: 'revision', revision: BigInt(exact) }
}

export const readResponseOf = (protocol: Protocol, event: StoredEvent, structuredIds: boolean): StreamsPb.ReadResp => {
  const recorded = new protocol.streams.ReadResp.ReadEvent.RecordedEvent()
  recorded.setId(uuidMessage(protocol, event.id, structuredIds))
  recorded.setStreamIdentifier(streamIdentifier(protocol, event.stream))
  recorded.setStreamRevision(event.revision.toString())
  recorded.setCommitPosition(event.position.toString())
  recorded.setPreparePosition(event.position.toString())
  const metadata = recorded.getMetadataMap()
  metadata.set('type', event.type)
  metadata.set('content-type', event.contentType)
  metadata.set('created', event.created.toString())
  recorded.setData(event.data)
  recorded.setCustomMetadata(event.metadata)
  const readEvent = new protocol.streams.ReadResp.ReadEvent()
  readEvent.setEvent(recorded)
  readEvent.setCommitPosition(event.position.toString())
  return new protocol.streams.ReadResp().setEvent(readEvent)
}
