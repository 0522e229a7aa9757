// `break` to a label no enclosing loop carries is error E0426.
fn main() {
    'outer: for i in 0..3 {
        for j in 0..3 {
            if i + j == 3 {
                break 'outr;
            }
        }
    }
    println!("done");
}
// error: E0426 at 6:23
