// An IpAddr enum with V4(u8, u8, u8, u8) and V6(String) payloads, matched and printed with a method.
enum IpAddr {
    V4(u8, u8, u8, u8),
    V6(String),
}

impl IpAddr {
    fn describe(&self) -> String {
        match self {
            IpAddr::V4(a, b, c, d) => format!("v4 {}.{}.{}.{}", a, b, c, d),
            IpAddr::V6(s) => format!("v6 {}", s),
        }
    }
}

fn main() {
    let home = IpAddr::V4(127, 0, 0, 1);
    let loopback = IpAddr::V6(String::from("::1"));
    println!("{}", home.describe());
    println!("{}", loopback.describe());
}
// expect: v4 127.0.0.1
// expect: v6 ::1
