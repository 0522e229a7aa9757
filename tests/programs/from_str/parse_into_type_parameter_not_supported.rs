// `w.parse::<T>()` inside a function generic over `T: FromStr` is not supported yet; it says so at the parse.
use std::str::FromStr;
use std::fmt::Debug;
fn parse_all<T: FromStr>(text: &str) -> Vec<T>
where
    T::Err: Debug,
{
    text.split(' ').map(|w| w.parse::<T>().unwrap()).collect()
}
fn main() {
    let v: Vec<i32> = parse_all("1 2 3");
    println!("{:?}", v);
}
// expect: [1, 2, 3]
// unsupported: parsing into `T` is not supported yet
