// sum and product of mapped items, count, last and nth over adapter chains.
let v = vec![1u64, 2, 3, 4];
let s: u64 = v.iter().map(|x| x * x).sum();
let p: u64 = v.iter().copied().product();
println!("{} {} {} {:?} {:?}", s, p, v.iter().filter(|x| **x > 1).count(), v.iter().last(), v.iter().skip(1).nth(1));
// expect: 30 24 3 Some(4) Some(3)
