// Closures with annotated and inferred parameters, a block body, and one taking no arguments.
fn main() {
    let outer_var = 42;
    let closure_annotated = |i: i32| -> i32 { i + outer_var };
    let closure_inferred = |i| i + outer_var;
    println!("closure_annotated: {}", closure_annotated(1));
    println!("closure_inferred: {}", closure_inferred(1));
    let one = || 1;
    println!("closure returning one: {}", one());
}
// expect: closure_annotated: 43
// expect: closure_inferred: 43
// expect: closure returning one: 1
