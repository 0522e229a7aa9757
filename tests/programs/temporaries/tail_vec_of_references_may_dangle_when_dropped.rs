// A Vec of references made in a block's tail is dropped after the block's variable, which rustc allows: dropping a Vec never reads what its references point at.
let n = {
    let a = 5;
    vec![&a, &a].len()
};
println!("{}", n);
// expect: 2
