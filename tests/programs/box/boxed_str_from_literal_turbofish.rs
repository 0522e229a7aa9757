// `Box::<str>::from("..")` copies the literal's bytes into a heap cell of exactly their length.
fn main() {
    let b = Box::<str>::from("crab");
    println!("{} {}", b, b.to_uppercase());
}
// expect: crab CRAB
