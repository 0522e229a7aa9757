// #[derive(PartialOrd)] needs the struct to be PartialEq as well: E0277 at the struct's name.
#[derive(PartialOrd)]
struct Score { points: u32 }
fn main() {
    let s = Score { points: 3 };
    println!("{}", s.points);
}
// error: E0277 at 3:8
