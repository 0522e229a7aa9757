// Constants reached through a module path (`m::LIMIT`) work in patterns and as range bounds.
const MAX: i32 = 10;
mod m {
    pub const LIMIT: i32 = 3;
}

fn main() {
    for x in [3, 10, 2, 7] {
        match x {
            m::LIMIT => println!("limit"),
            MAX => println!("max"),
            0..=m::LIMIT => println!("small"),
            _ => println!("other"),
        }
    }
}
// expect: limit
// expect: max
// expect: small
// expect: other
