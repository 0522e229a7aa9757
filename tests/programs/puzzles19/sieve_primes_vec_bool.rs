// A sieve of Eratosthenes with vec![true; n + 1] and step_by; primes collected by filter_map over enumerate.
fn primes_up_to(n: usize) -> Vec<usize> {
    let mut is_prime = vec![true; n + 1];
    is_prime[0] = false;
    if n >= 1 {
        is_prime[1] = false;
    }
    let mut i = 2;
    while i * i <= n {
        if is_prime[i] {
            for j in (i * i..=n).step_by(i) {
                is_prime[j] = false;
            }
        }
        i += 1;
    }
    is_prime.iter().enumerate().filter_map(|(i, &p)| if p { Some(i) } else { None }).collect()
}

fn main() {
    println!("{:?}", primes_up_to(50));
    println!("{:?}", primes_up_to(1));
}
// expect: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47]
// expect: []
