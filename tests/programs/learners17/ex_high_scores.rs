// Exercism-style: high scores holding a borrowed slice, answering latest, best and top three.
#[derive(Debug)]
struct HighScores<'a> {
    scores: &'a [u32],
}

impl<'a> HighScores<'a> {
    fn new(scores: &'a [u32]) -> Self {
        HighScores { scores }
    }

    fn scores(&self) -> &[u32] {
        self.scores
    }

    fn latest(&self) -> Option<u32> {
        self.scores.last().copied()
    }

    fn personal_best(&self) -> Option<u32> {
        self.scores.iter().max().copied()
    }

    fn personal_top_three(&self) -> Vec<u32> {
        let mut sorted = self.scores.to_vec();
        sorted.sort_unstable_by(|a, b| b.cmp(a));
        sorted.truncate(3);
        sorted
    }
}

fn main() {
    let scores = [40, 100, 70, 20, 100];
    let hs = HighScores::new(&scores);
    println!("{:?}", hs.scores());
    println!("{:?} {:?} {:?}", hs.latest(), hs.personal_best(), hs.personal_top_three());
    let empty = HighScores::new(&[]);
    println!("{:?} {:?} {:?}", empty.latest(), empty.personal_best(), empty.personal_top_three());
    println!("{:?}", HighScores::new(&[30]).personal_top_three());
}
// expect: [40, 100, 70, 20, 100]
// expect: Some(100) Some(100) [100, 100, 70]
// expect: None None []
// expect: [30]
