// Blocks inside a snippet drop their values at the closing brace, as in any function.
let outer = String::from("outer");
{
    let inner = vec![1, 2, 3];
    println!("{:?}", inner);
}
println!("{}", outer);
// expect: [1, 2, 3]
// expect: outer
