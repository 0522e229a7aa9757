// An enum of address kinds with data in each variant, matched to print it.
#[derive(Debug)]
enum IpAddr {
    V4(u8, u8, u8, u8),
    V6(String),
}

impl IpAddr {
    fn is_loopback(&self) -> bool {
        match self {
            IpAddr::V4(127, _, _, _) => true,
            IpAddr::V4(..) => false,
            IpAddr::V6(s) => s == "::1",
        }
    }
}

fn main() {
    let home = IpAddr::V4(127, 0, 0, 1);
    let loopback = IpAddr::V6(String::from("::1"));
    let other = IpAddr::V4(10, 1, 2, 3);
    for a in [&home, &loopback, &other] {
        println!("{:?} {}", a, a.is_loopback());
    }
    println!("{}", std::mem::size_of::<IpAddr>());
}
// expect: V4(127, 0, 0, 1) true
// expect: V6("::1") true
// expect: V4(10, 1, 2, 3) false
// expect: 24
