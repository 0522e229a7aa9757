// Returning a slice of a Vec built inside the function: E0515.
fn evens(n: u32) -> &'static [u32] {
    let v: Vec<u32> = (0..n).filter(|x| x % 2 == 0).collect();
    &v[..]
}

fn main() {
    println!("{:?}", evens(10));
}
// error: E0515 at 4:5
