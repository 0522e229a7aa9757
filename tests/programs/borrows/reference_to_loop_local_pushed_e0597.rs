// A reference to a variable of the loop body, pushed into a Vec that outlives the loop, would point at a dead slot (E0597).
fn main() {
    let mut doubled: Vec<&i32> = Vec::new();
    for i in 0..3 {
        let d = i * 2;
        doubled.push(&d);
    }
    println!("{:?}", doubled);
}
// error: E0597 at 6:22
