"""Which address of this laptop the phones in the room can reach, found without the internet.

Every IPv4 address of every interface is listed (ifaddr), the one the routing table would
use for the local network comes first (a UDP socket "connected" to a private address sends
no packet), and Wi-Fi/Ethernet go before VPNs and containers. Loopback only when asked or
when it is all there is; never 0.0.0.0.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass

_CONTAINER = ("docker", "br-", "veth", "virbr", "cni", "podman", "vmnet", "vboxnet", "lxc", "lxd", "flannel")
_VPN = ("tun", "tap", "wg", "utun", "ppp", "tailscale", "zt", "ipsec", "nordlynx", "proton")
_PROBES = ("10.255.255.255", "192.168.255.255", "172.31.255.255")


@dataclass(frozen=True)
class Address:
    ip: str
    interface: str
    kind: str  # "lan", "vpn", "container" or "loopback"

    @property
    def label(self) -> str:
        return f"{self.ip} ({self.interface})" if self.interface else self.ip


def _kind(ip: str, interface: str) -> str:
    name = interface.lower()
    if ipaddress.ip_address(ip).is_loopback:
        return "loopback"
    if name.startswith(_CONTAINER):
        return "container"
    if name.startswith(_VPN) or "vpn" in name:
        return "vpn"
    return "lan"


def _interfaces() -> list[tuple[str, str]]:
    """(ip, interface name) for every IPv4 address; falls back to the host name's addresses."""
    try:
        import ifaddr
    except ImportError:
        ifaddr = None  # type: ignore[assignment]
    pairs: list[tuple[str, str]] = []
    if ifaddr is not None:
        for adapter in ifaddr.get_adapters():
            for ip in adapter.ips:
                if isinstance(ip.ip, str):  # IPv6 comes as a tuple
                    pairs.append((ip.ip, adapter.nice_name))
    if not pairs:
        try:
            infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
        except OSError:
            infos = []
        pairs = [(str(info[4][0]), "") for info in infos]
    return pairs


def routed_address() -> str | None:
    """The source address the laptop would use towards a private network; no packet is sent."""
    for probe in _PROBES:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            try:
                sock.connect((probe, 9))
                return sock.getsockname()[0]
            except OSError:
                continue
    return None


def candidate_addresses(include_loopback: bool = False) -> list[Address]:
    """Addresses to serve on, best first. Loopback only if asked, or if there is nothing else."""
    seen: dict[str, Address] = {}
    for ip, interface in _interfaces():
        try:
            parsed = ipaddress.ip_address(ip)
        except ValueError:
            continue
        if parsed.is_link_local or parsed.is_unspecified or parsed.is_multicast or ip in seen:
            continue
        seen[ip] = Address(ip, interface, _kind(ip, interface))
    routed = routed_address()
    order = {"lan": 0, "vpn": 1, "container": 2, "loopback": 3}
    found = sorted(
        seen.values(),
        key=lambda a: (a.ip != routed, order[a.kind], not ipaddress.ip_address(a.ip).is_private),
    )
    outward = [a for a in found if a.kind != "loopback"]
    if include_loopback or not outward:
        loop = [a for a in found if a.kind == "loopback"] or [Address("127.0.0.1", "lo", "loopback")]
        return outward + loop if include_loopback else loop
    return outward


def is_unspecified(host: str) -> bool:
    """0.0.0.0 and :: (in any spelling the socket layer accepts) mean every interface."""
    try:
        resolve_host(host)
    except HostRefused as exc:
        return exc.why == "all"
    return False


BROADCAST = ipaddress.IPv4Address("255.255.255.255")


class HostRefused(ValueError):
    """`why` is "all" (every interface), "multicast", "broadcast" or "unknown"."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


def _refusal(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    mapped = getattr(address, "ipv4_mapped", None)  # ::ffff:0.0.0.0 is 0.0.0.0 to the kernel
    for candidate in (address, mapped) if mapped else (address,):
        if candidate.is_unspecified:
            return "all"
        if candidate.is_multicast:
            return "multicast"
        if candidate == BROADCAST:
            return "broadcast"
    return None


def resolve_host(host: str) -> tuple[int, tuple]:
    """(address family, socket address) that binding `host` would use, read the way the
    socket layer reads it: `0`, `0x0`, `0.0` and `000.000.000.000` are 0.0.0.0 (inet_aton),
    `127.1` is 127.0.0.1, a name is looked up. Raises HostRefused for every interface at once,
    a multicast or broadcast address, or a host that is no address at all."""
    text = host.strip()
    if text in ("", "*"):
        raise HostRefused("all")
    if text == "<broadcast>":  # Python's own spelling of 255.255.255.255
        raise HostRefused("broadcast")
    try:
        infos = socket.getaddrinfo(text, None, socket.AF_UNSPEC, socket.SOCK_STREAM, 0, socket.AI_NUMERICHOST)
    except (OSError, UnicodeError, ValueError):
        try:  # a name (localhost, the laptop's own name): the first address, as bind() takes
            infos = socket.getaddrinfo(text, None, socket.AF_UNSPEC, socket.SOCK_STREAM)
        except (OSError, UnicodeError, ValueError):
            raise HostRefused("unknown") from None
    if not infos:
        raise HostRefused("unknown")
    family, _, _, _, sockaddr = infos[0]
    try:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])
    except ValueError:
        raise HostRefused("unknown") from None
    why = _refusal(address)
    if why is not None:
        raise HostRefused(why)
    return family, sockaddr
