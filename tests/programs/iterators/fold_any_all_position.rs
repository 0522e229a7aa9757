// fold, any, all, position and find: consumers that stop as soon as they know the answer.
let v = vec![2, 4, 5, 8];
let product = v.iter().fold(1, |acc, x| acc * x);
let any_odd = v.iter().any(|x| {
    println!("any looks at {}", x);
    x % 2 == 1
});
let all_small = v.iter().all(|x| *x < 5);
println!("{} {} {} {:?} {:?}", product, any_odd, all_small, v.iter().position(|x| *x == 5), v.iter().find(|x| **x > 4));
// expect: any looks at 2
// expect: any looks at 4
// expect: any looks at 5
// expect: 320 true false Some(2) Some(5)
