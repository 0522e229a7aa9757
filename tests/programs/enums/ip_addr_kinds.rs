// IP address kinds: a field-less enum inside a struct, then the same data as an enum whose variants hold it.
#[derive(Debug)]
enum IpAddrKind {
    V4,
    V6,
}

#[derive(Debug)]
struct IpAddr {
    kind: IpAddrKind,
    address: String,
}

#[derive(Debug)]
enum Ip {
    V4(u8, u8, u8, u8),
    V6(String),
}

fn route(ip_kind: IpAddrKind) -> &'static str {
    match ip_kind {
        IpAddrKind::V4 => "four",
        IpAddrKind::V6 => "six",
    }
}

fn main() {
    let home = IpAddr { kind: IpAddrKind::V4, address: String::from("127.0.0.1") };
    let loopback = IpAddr { kind: IpAddrKind::V6, address: String::from("::1") };
    println!("{:?}", home);
    println!("{} {}", loopback.address, route(loopback.kind));
    let a = Ip::V4(127, 0, 0, 1);
    let b = Ip::V6(String::from("::1"));
    println!("{:?} {:?}", a, b);
    println!("{}", route(IpAddrKind::V4));
}
// expect: IpAddr { kind: V4, address: "127.0.0.1" }
// expect: ::1 six
// expect: V4(127, 0, 0, 1) V6("::1")
// expect: four
