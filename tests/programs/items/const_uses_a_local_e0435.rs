// A const inside a function still cannot read that function's locals: it is worked out before the function runs.
fn main() {
    let width = 4;
    const AREA: i32 = width * 2;
    println!("{}", AREA);
}
// error: E0435 at 4:23
