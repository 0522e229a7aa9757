// Exercism nucleotide-count: counts of each nucleotide in a HashMap, errors as Err(char) for an invalid strand or query.
use std::collections::HashMap;

fn count(nucleotide: char, dna: &str) -> Result<usize, char> {
    if !"ACGT".contains(nucleotide) {
        return Err(nucleotide);
    }
    let mut n = 0;
    for c in dna.chars() {
        match c {
            'A' | 'C' | 'G' | 'T' => {
                if c == nucleotide {
                    n += 1
                }
            }
            bad => return Err(bad),
        }
    }
    Ok(n)
}

fn nucleotide_counts(dna: &str) -> Result<HashMap<char, usize>, char> {
    "ACGT".chars().map(|c| count(c, dna).map(|n| (c, n))).collect()
}

fn main() {
    println!("{:?}", count('A', "GATTACA"));
    println!("{:?}", count('X', "GATTACA"));
    println!("{:?}", count('T', "GAXTACA"));
    match nucleotide_counts("AGCTTTTCATTCTGACTGCAACGGGCAATATGTCTCTGTGTGGATTAAAAAAAGAGTGTCTGATAGCAGC") {
        Ok(m) => {
            let mut pairs: Vec<_> = m.into_iter().collect();
            pairs.sort();
            println!("{:?}", pairs);
        }
        Err(c) => println!("bad {}", c),
    }
    println!("{:?}", nucleotide_counts("GGXXX").err());
}
// expect: Ok(3)
// expect: Err('X')
// expect: Err('X')
// expect: [('A', 20), ('C', 12), ('G', 17), ('T', 21)]
// expect: Some('X')
