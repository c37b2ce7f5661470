import { createRequire } from 'node:module'
import type * as grpc from '@grpc/grpc-js'
import type * as StreamsPb from '@eventstore/db-client/generated/streams_pb.js'
import type * as SharedPb from '@eventstore/db-client/generated/shared_pb.js'
import type * as StatusPb from '@eventstore/db-client/generated/status_pb.js'
import type * as ServerFeaturesPb from '@eventstore/db-client/generated/serverfeatures_pb.js'

/**
 * Which client package's generated protocol code the test server serves.
 * The two packages cannot be loaded into one process (their protobuf code
 * registers the same global names), so the server uses the one the test's
 * client uses.
 *
 * @since 0.1.0
 * @category testing
 */
export type ClientPackage = 'eventstore' | 'kurrent'

/** The generated modules the server needs, typed after `@eventstore/db-client`'s (the wire protocol is the same). */
export interface Protocol {
  readonly streams: typeof StreamsPb
  readonly shared: typeof SharedPb
  readonly status: typeof StatusPb
  readonly serverFeatures: typeof ServerFeaturesPb
  readonly streamsService: grpc.ServiceDefinition
  readonly serverFeaturesService: grpc.ServiceDefinition
  /** google.protobuf.Any, to pack error details into a google.rpc.Status. */
  readonly Any: new () => { pack: (serialized: Uint8Array, typeName: string) => void }
}

const layouts: Record<ClientPackage, { readonly packageJson: string; readonly generated: string }> = {
  eventstore: { packageJson: '@eventstore/db-client/package.json', generated: './generated/' },
  kurrent: { packageJson: '@kurrent/kurrentdb-client/package.json', generated: './generated/kurrentdb/protocols/v1/' },
}

/**
 * Loads the generated service definitions and messages that `client`'s
 * package ships, resolved from that package so that the server and the
 * client under test share one copy of them.
 */
export const loadProtocol = (client: ClientPackage): Protocol => {
  const layout = layouts[client]
  const fromHere = createRequire(import.meta.url)
  const fromPackage = createRequire(fromHere.resolve(layout.packageJson))
  const generated = (name: string): unknown => fromPackage(`${layout.generated}${name}`)
  const streamsGrpc = generated('streams_grpc_pb.js') as { StreamsService: grpc.ServiceDefinition }
  const featuresGrpc = generated('serverfeatures_grpc_pb.js') as { ServerFeaturesService: grpc.ServiceDefinition }
  const any = fromPackage('google-protobuf/google/protobuf/any_pb.js') as { Any: Protocol['Any'] }
  return {
    streams: generated('streams_pb.js') as typeof StreamsPb,
    shared: generated('shared_pb.js') as typeof SharedPb,
    status: generated('status_pb.js') as typeof StatusPb,
    serverFeatures: generated('serverfeatures_pb.js') as typeof ServerFeaturesPb,
    streamsService: streamsGrpc.StreamsService,
    serverFeaturesService: featuresGrpc.ServerFeaturesService,
    Any: any.Any,
  }
}
