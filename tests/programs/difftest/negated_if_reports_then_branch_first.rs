// Regression (difftest): rustc lowers `if !c` with its branches swapped, so of two uses of one moved value its borrow checker reports the one in the `then` branch (for `if c`, the one in the `else`).
let v = vec![1, 2];
let taken = v;
let flag = taken.len() > 5;
if !flag {
    println!("{}", v.len());
} else {
    println!("{:?}", v);
}
// error: E0382 at 6:20
