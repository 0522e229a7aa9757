// A range whose start is not below its end runs the loop body zero times.
fn main() {
    let start = 5;
    for i in start..3 {
        println!("never {}", i);
    }
    for i in 3..3 {
        println!("never {}", i);
    }
    println!("done");
}
// expect: done
