// take_while stops at the first item that fails, and never looks at the rest.
let v = vec![1, 2, 7, 3];
let small: Vec<i32> = v
    .iter()
    .take_while(|x| {
        println!("test {}", x);
        **x < 5
    })
    .cloned()
    .collect();
println!("{:?} cap {}", small, small.capacity());
// expect: test 1
// expect: test 2
// expect: test 7
// expect: [1, 2] cap 4
