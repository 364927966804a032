#!/usr/bin/python3
"""A real SMTP server on loopback for the tests (Debian's python3-aiosmtpd).

Every accepted message is written to DIR as NNNN.json with the envelope,
the raw bytes and the decoded parts, so tests can read links from mail.
Recipients whose local part starts with "reject" are refused with 550 (a
permanent failure); everything else is accepted. A message to a local part
starting with "slow" takes SLOW_SECONDS to accept (a slow server), and
every record says when its DATA began and ended, so tests can tell
whether two deliveries overlapped.

usage: smtp_sink.py PORT DIR
"""
import asyncio
import email
import email.policy
import json
import os
import signal
import sys
import threading
import time

from aiosmtpd.controller import Controller


SLOW_SECONDS = 0.8


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.count = len([f for f in os.listdir(folder) if f.endswith('.json')])
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.split('@')[0].startswith('reject'):
            return '550 5.1.1 No such mailbox here'
        envelope.rcpt_tos.append(address)
        return '250 OK'

    async def handle_DATA(self, server, session, envelope):
        began = time.time()
        if any(a.split('@')[0].startswith('slow') for a in envelope.rcpt_tos):
            await asyncio.sleep(SLOW_SECONDS)
        raw = envelope.original_content or envelope.content
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parts = {}
        for part in msg.walk():
            if part.get_content_maintype() == 'text':
                parts[part.get_content_subtype()] = part.get_content()
        record = {
            'mail_from': envelope.mail_from,
            'rcpt_tos': envelope.rcpt_tos,
            'headers': {k: str(v) for k, v in msg.items()},
            'raw': raw.decode('utf-8', 'replace'),
            'text': parts.get('plain', ''),
            'html': parts.get('html', ''),
            'content_type': msg.get_content_type(),
            'data_began': began,
            'data_ended': time.time(),
        }
        with self.lock:
            self.count += 1
            name = os.path.join(self.folder, '%04d.json' % self.count)
            with open(name + '.tmp', 'w') as f:
                json.dump(record, f)
            os.rename(name + '.tmp', name)   # readers never see half a file
        return '250 Message accepted'


def main():
    port, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    controller = Controller(Sink(folder), hostname='127.0.0.1', port=port)
    controller.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    print('ready', flush=True)
    stop.wait()
    controller.stop()


if __name__ == '__main__':
    main()
