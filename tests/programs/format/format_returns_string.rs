// `format!` builds a new String instead of printing.
fn main() {
    let x = 7;
    let label = format!("x={x}");
    println!("{}", label);
    println!("{}", label.len());
}
// expect: x=7
// expect: 3
