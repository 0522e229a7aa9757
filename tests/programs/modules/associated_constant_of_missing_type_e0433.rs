// An associated constant of a type that does not exist (`Limits::MAX`): E0433 at `Limits`.
struct Limit;

impl Limit {
    const MAX: u32 = 3;
}

fn main() {
    println!("{}", Limits::MAX + Limit::MAX);
}
// error: E0433 at 9:20
