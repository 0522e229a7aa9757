// product::<u64>() of unannotated parses is ambiguous too (E0284 at parse); parse::<u64>() is the fix.
fn main() {
    let dims = "2x3x4";
    let volume = dims.split('x').map(|d| d.parse().unwrap()).product::<u64>();
    println!("{volume}");
}
// error: E0284 at 4:44
