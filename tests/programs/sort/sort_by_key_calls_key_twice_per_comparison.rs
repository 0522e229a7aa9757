// sort_by_key compares f(a) with f(b): the key closure runs twice per comparison, the element being inserted first.
let mut v = vec![22, 11, 30];
let mut calls = 0;
v.sort_by_key(|x| {
    calls += 1;
    println!("key of {x}");
    x % 10
});
println!("{v:?} after {calls} key calls");
// expect: key of 11
// expect: key of 22
// expect: key of 30
// expect: key of 22
// expect: key of 30
// expect: key of 11
// expect: [30, 11, 22] after 6 key calls
