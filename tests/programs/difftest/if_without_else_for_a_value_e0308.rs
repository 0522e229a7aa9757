// Regression (difftest): an `if` without `else` whose block ends in a statement, where a value is wanted, is E0308 at the block before it is E0317.
let c = "1".len() == 1;
let x: i32 = if c {
    println!("yes");
};
println!("{}", x);
// error: E0308 at 3:19
