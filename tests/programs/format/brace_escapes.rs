// `{{` and `}}` print literal braces.
fn main() {
    let x = 1;
    println!("{{}}");
    println!("{{{}}}", x);
    println!("{{x}} = {x}");
}
// expect: {}
// expect: {1}
// expect: {x} = 1
