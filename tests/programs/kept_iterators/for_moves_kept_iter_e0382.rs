// A `for` loop takes the kept iterator by value: using it after the loop is E0382.
let v = vec![1, 2, 3];
let it = v.iter();
for x in it {
    println!("{x}");
}
println!("{}", it.count());
// error: E0382 at 7:16
