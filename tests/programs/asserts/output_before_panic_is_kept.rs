// Output printed before a panic is kept; the code after the panic never runs.
fn main() {
    let v = vec![String::from("a")];
    for i in 0..3 {
        println!("step {}", i);
        if i == 1 {
            panic!("stopped at step {}", i);
        }
    }
    println!("{:?}", v);
}
// expect: step 0
// expect: step 1
// panic: stopped at step 1
// panic-at: 7:13
