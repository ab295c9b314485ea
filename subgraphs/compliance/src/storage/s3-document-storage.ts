import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Readable } from 'node:stream';
import { checkKey, type DocumentStorage, type StoredFile } from './document-storage';

export interface S3StorageSettings {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Prefix of every key, for a bucket shared with other data. */
  prefix?: string;
}

/**
 * S3-compatible storage through the official AWS SDK v3. Path-style addressing works with every
 * S3-compatible server (MinIO, Ceph, s3rver); checksums only when the operation requires them,
 * because the SDK's default CRC32 trailers are refused by several S3-compatible servers.
 */
export class S3DocumentStorage implements DocumentStorage {
  private readonly client: S3Client;
  private readonly prefix: string;

  constructor(private readonly settings: S3StorageSettings) {
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    });
    this.prefix = settings.prefix ?? 'identity-documents/';
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.settings.bucket, Key: this.prefix + checkKey(key), Body: bytes, ContentType: contentType }));
  }

  async get(key: string): Promise<Readable> {
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.prefix + checkKey(key) }));
    return object.Body as Readable;
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.prefix + checkKey(key) }));
  }

  async *keys(): AsyncIterable<StoredFile> {
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.settings.bucket, Prefix: this.prefix, ContinuationToken: token }));
      for (const object of page.Contents ?? [])
        if (object.Key) yield { key: object.Key.slice(this.prefix.length), modifiedAt: object.LastModified ?? new Date(0) };
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  async close(): Promise<void> {
    this.client.destroy();
  }
}
