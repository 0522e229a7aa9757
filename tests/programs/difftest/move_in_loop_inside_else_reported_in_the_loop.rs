// Regression (difftest): a value moved in a loop inside an `else` and used after the `if` is reported in the loop: rustc's depth-first search reaches the code after the `if` through the `then` branch first, so it visits the loop's body before that code.
let v = vec![1];
let c = v.len() > 3;
if c {
    println!("then");
} else {
    for _ in 0..2 {
        let taken = v;
    }
}
println!("{:?}", v);
// error: E0382 at 8:21
