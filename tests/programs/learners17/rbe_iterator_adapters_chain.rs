// Rust-by-Example-style: a chain of adapters (map, take_while, filter, sum) and zip, skip, step_by, rev, chain.
fn is_odd(n: u32) -> bool {
    n % 2 == 1
}

fn main() {
    let upper = 1000;
    let mut acc = 0;
    for n in 0.. {
        let n_squared = n * n;
        if n_squared >= upper {
            break;
        } else if is_odd(n_squared) {
            acc += n_squared;
        }
    }
    println!("imperative style: {}", acc);
    let sum_of_squared_odd_numbers: u32 = (0..)
        .map(|n| n * n)
        .take_while(|&n_squared| n_squared < upper)
        .filter(|&n_squared| is_odd(n_squared))
        .sum();
    println!("functional style: {}", sum_of_squared_odd_numbers);

    let names = ["ann", "bo", "cy"];
    let ages = [31, 22, 47];
    let pairs: Vec<(&str, i32)> = names.iter().copied().zip(ages.iter().copied()).collect();
    println!("{:?}", pairs);
    let evens: Vec<u32> = (0..20).step_by(4).skip(1).collect();
    println!("{:?}", evens);
    let both: Vec<i32> = (1..4).chain((7..9).rev()).collect();
    println!("{:?}", both);
    let (small, big): (Vec<i32>, Vec<i32>) = both.iter().partition(|&&x| x < 5);
    println!("{:?} {:?}", small, big);
    let longest = names.iter().max_by_key(|n| n.len()).unwrap();
    println!("{}", longest);
    let words = vec!["alpha", "beta"];
    let lens: Vec<String> = words.iter().enumerate().map(|(i, w)| format!("{}:{}", i, w.len())).collect();
    println!("{}", lens.join(" "));
}
// expect: imperative style: 5456
// expect: functional style: 5456
// expect: [("ann", 31), ("bo", 22), ("cy", 47)]
// expect: [4, 8, 12, 16]
// expect: [1, 2, 3, 8, 7]
// expect: [1, 2, 3] [8, 7]
// expect: ann
// expect: 0:5 1:4
