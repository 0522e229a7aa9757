// A binding assigned only inside an `if` after its use "isn't initialized" (E0381).
fn main() {
    let limit: u32;
    println!("limit is {}", limit);
    if 3 > 2 {
        limit = 5;
    }
}
// error: E0381 at 4:29
