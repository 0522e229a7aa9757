// An iterator made in a block's tail holds a borrow of the block's Vec but has no destructor that reads it, so rustc accepts it.
let m = {
    let v = vec![3, 4];
    v.iter().map(|x| x * 2).sum::<i32>()
};
println!("{}", m);
// expect: 14
